# Q: accuracy is always 0 -- integer tensor division
import torch

pred = torch.tensor([1, 0, 2, 2, 1])
label = torch.tensor([1, 1, 2, 0, 1])
correct = (pred == label).sum()
print(correct, correct.dtype)
print(correct / len(label), (correct / len(label)).dtype)
print(correct // len(label), correct.item() / len(label))
print((pred == label).float().mean())
try:
    (pred == label).mean()
except RuntimeError as e:
    print("RuntimeError:", e)
