// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title EthicsCharter
/// @notice The AI Commons' charter of AI-ethics principles. Only the owner (the DAO's timelock)
/// ratifies or retires principles, so every change to the charter passes a governance vote.
contract EthicsCharter is Ownable {
    struct Principle {
        string title;
        string uri;
        bytes32 contentHash;
        uint64 ratifiedAt;
        bool retired;
    }

    Principle[] private _principles;

    event PrincipleRatified(uint256 indexed id, string title, string uri, bytes32 contentHash);
    event PrincipleRetired(uint256 indexed id, string reason);

    error EmptyTitle();
    error UnknownPrinciple(uint256 id);
    error AlreadyRetired(uint256 id);

    constructor(address initialOwner) Ownable(initialOwner) {}

    /// @notice Adds a principle; ids start at 0 and increase by one.
    function ratify(string calldata title, string calldata uri, bytes32 contentHash)
        external
        onlyOwner
        returns (uint256 id)
    {
        if (bytes(title).length == 0) revert EmptyTitle();
        id = _principles.length;
        _principles.push(Principle(title, uri, contentHash, uint64(block.timestamp), false));
        emit PrincipleRatified(id, title, uri, contentHash);
    }

    /// @notice Marks a principle as retired; it stays readable for the record.
    function retire(uint256 id, string calldata reason) external onlyOwner {
        if (id >= _principles.length) revert UnknownPrinciple(id);
        Principle storage p = _principles[id];
        if (p.retired) revert AlreadyRetired(id);
        p.retired = true;
        emit PrincipleRetired(id, reason);
    }

    /// @notice Number of principles ever ratified (retired ones included).
    function principleCount() external view returns (uint256) {
        return _principles.length;
    }

    /// @notice One principle by id.
    function principle(uint256 id)
        external
        view
        returns (string memory title, string memory uri, bytes32 contentHash, uint64 ratifiedAt, bool retired)
    {
        if (id >= _principles.length) revert UnknownPrinciple(id);
        Principle storage p = _principles[id];
        return (p.title, p.uri, p.contentHash, p.ratifiedAt, p.retired);
    }
}
