import torch

logits = torch.tensor([[2.0, 1.0], [0.1, 0.9], [1.0, 1.0], [3.0, -1.0], [0.0, 2.0]])
y = torch.tensor([0, 1, 1, 0, 0])
mask = torch.tensor([True, True, True, False, True])
pred = logits.argmax(dim=1)
print(pred)
correct = (pred[mask] == y[mask]).sum()
print(correct, correct.dtype)
acc = int(correct) / int(mask.sum())
print(acc)
