# Q: my accuracy is strange - argmax over dim 0 instead of dim 1, and comparing (N,1) with (N,).
import torch

torch.manual_seed(0)
outputs = torch.randn(6, 3)
labels = torch.tensor([0, 1, 2, 2, 1, 0])
wrong = outputs.argmax(0)
right = outputs.argmax(1)
print(wrong, right)
print((right == labels).float().mean(), (right == labels).sum().item() / len(labels))
try:
    print((wrong == labels).float().mean())
except RuntimeError as e:
    print("RuntimeError:", e)
kd = outputs.argmax(1, keepdim=True)
print(kd.shape, (kd == labels).shape, (kd == labels).float().mean())
print((kd.squeeze(1) == labels).float().mean(), kd.eq(labels.view_as(kd)).sum().item())
correct = 0
correct += (right == labels).sum()
print(correct, type(correct).__name__, correct / len(labels), 100.0 * correct.item() / len(labels))
print(torch.argmax(outputs), outputs.view(-1)[torch.argmax(outputs)])
