import torch

logits = torch.tensor([[0.1, 0.9], [0.8, 0.2], [0.4, 0.6], [0.7, 0.3]])
y = torch.tensor([1, 1, 1, 0])
pred = logits.argmax(dim=1)
correct = (pred == y).sum()
print(correct, correct.dtype)
print(correct / len(y), (correct / len(y)).dtype)
print(correct.item() / len(y))
try:
    (pred == y).mean()
except Exception as e:
    print(type(e).__name__, e)
print((pred == y).float().mean())
