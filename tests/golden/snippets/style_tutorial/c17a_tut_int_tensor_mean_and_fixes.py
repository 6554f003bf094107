# Averaging an integer tensor of correct counts: the error and the fixes
import torch

correct = torch.tensor([1, 0, 1, 1, 0, 1])
print(correct.sum(), correct.sum().item() / len(correct))
try:
    correct.mean()
except RuntimeError as e:
    print(e)
print(correct.float().mean(), correct.mean(dtype=torch.float32))
print(correct.double().mean(), (correct / len(correct)).sum())
print(torch.true_divide(correct.sum(), 6), correct.sum() // 4)
