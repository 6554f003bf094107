# Q: counting n_right predictions gives a tensor, and accuracy is 0?
import torch

guess = torch.tensor([1, 0, 2, 2, 1])
truth = torch.tensor([1, 1, 2, 0, 1])
n_right = (guess == truth).sum()
print(n_right, n_right.dtype)
print(n_right / len(truth))
print(n_right // len(truth))
print((guess == truth).float().mean())
print(n_right.item() / len(truth))
