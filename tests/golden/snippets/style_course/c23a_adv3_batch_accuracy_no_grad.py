# Evaluating clean and adversarial accuracy batch by batch under torch.no_grad
import torch

W = torch.tensor([[1.0, -1.0], [-1.0, 1.0]])
X = torch.tensor([[0.9, 0.1], [0.4, 0.6], [0.7, 0.2], [0.45, 0.55], [0.2, 0.9], [0.6, 0.5]])
Y = torch.tensor([0, 1, 0, 0, 1, 0])
correct = 0
with torch.no_grad():
    for xb, yb in zip(X.split(4), Y.split(4)):
        pred = (xb @ W).argmax(1)
        correct += (pred == yb).sum().item()
        print(xb.shape, pred)
print(correct, correct / len(Y))
print(torch.is_grad_enabled())
