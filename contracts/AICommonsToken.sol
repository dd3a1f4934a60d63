// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title AI Commons (AIC)
/// @notice Voting token of the AI Commons DAO. Block-number clock (ERC-6372 default).
/// Minting is owner-only; ownership moves to the DAO's timelock after the initial distribution.
contract AICommonsToken is ERC20, ERC20Permit, ERC20Votes, Ownable {
    constructor(address initialOwner) ERC20("AI Commons", "AIC") ERC20Permit("AI Commons") Ownable(initialOwner) {}

    /// @notice Creates `amount` new tokens for `to`.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
