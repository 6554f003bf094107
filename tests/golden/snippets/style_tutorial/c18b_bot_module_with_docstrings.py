"""Defining a custom model by subclassing nn.Module."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TinyClassifier(nn.Module):
    """A two-layer perceptron for 3-class classification."""

    def __init__(self, in_features: int, hidden: int, n_classes: int) -> None:
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden)
        self.out = nn.Linear(hidden, n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Return raw logits (CrossEntropyLoss applies softmax for us)."""
        return self.out(F.relu(self.hidden(x)))


if __name__ == "__main__":
    torch.manual_seed(7)
    model = TinyClassifier(4, 8, 3)
    print(model)
    total = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"Trainable parameters: {total:,}")
    logits = model(torch.randn(2, 4))
    print("Logits shape:", logits.shape)
    print("Probabilities:", F.softmax(logits, dim=1))
