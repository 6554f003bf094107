# Q: accuracy stuck: argmax over the batch dimension instead of the class dimension; ties pick the first.
import torch

torch.manual_seed(3)
logits = torch.randn(6, 3)
y = torch.tensor([0, 2, 1, 1, 0, 2])
wrong = (logits.argmax(0) == y[:3]).float().mean()
right = (logits.argmax(1) == y).float().mean()
print(logits.argmax(0), logits.argmax(1))
print(wrong, right)
print((logits.argmax(dim=1) == y).sum().item() / len(y))
try:
    print((logits.argmax(0) == y))
except RuntimeError as e:
    print("RuntimeError:", e)
ties = torch.tensor([[1.0, 3.0, 3.0], [2.0, 2.0, 2.0], [0.0, -1.0, 0.0]])
print(ties.argmax(1), ties.max(1).indices, ties.argmin(1))
print(torch.tensor([5, 5, 1]).argmax(), torch.tensor([]).numel())
correct = 0
for xb, yb in zip(logits.split(4), y.split(4)):
    correct += (xb.argmax(1) == yb).sum()
print(correct, correct.dtype, correct / len(y))
