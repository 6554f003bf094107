# Q: view(…) instead of permute scrambled my image
import torch

img = torch.arange(2 * 2 * 3).reshape(2, 2, 3)  # H, W, C
wrong = img.view(3, 2, 2)
right = img.permute(2, 0, 1)
print(wrong[0])
print(right[0])
print(torch.equal(wrong, right), right.is_contiguous())
try:
    right.view(-1)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:40])
