"""Helper to compute accuracy, with type hints and a tiny test."""
import torch


def accuracy(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """Fraction of rows where argmax(logits) == label."""
    preds = logits.argmax(dim=-1)
    return (preds == labels).float().mean().item()


if __name__ == "__main__":
    logits = torch.tensor([[2.0, 0.1], [0.3, 0.9], [1.0, 1.0], [0.0, -1.0]])
    labels = torch.tensor([0, 1, 1, 0])
    acc = accuracy(logits, labels)
    print(f"accuracy = {acc:.2%}")
    print(f"raw = {acc}")
    assert 0.0 <= acc <= 1.0
