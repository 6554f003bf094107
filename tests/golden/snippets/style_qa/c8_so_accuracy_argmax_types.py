# Q: my accuracy is always 0 (integer division / comparing one-hot labels / argmax on the wrong dim).
import torch

torch.manual_seed(3)
logits = torch.randn(10, 4)
labels = torch.randint(0, 4, (10,))
onehot = torch.nn.functional.one_hot(labels, 4)
pred = logits.argmax(dim=1)
print(pred, labels)
correct = (pred == labels).sum()
print(correct, correct.dtype)
print(correct / len(labels), correct.item() / len(labels), correct // len(labels))
try:
    print((pred == onehot).shape)
except RuntimeError as e:
    print("RuntimeError:", e)
print((pred == onehot.argmax(1)).float().mean())
print(logits.argmax(dim=0), logits.argmax())
print(torch.div(correct, len(labels), rounding_mode='floor'))
acc = (torch.max(logits, 1)[1] == labels).float().sum() / labels.size(0) * 100
print(f"accuracy: {acc:.1f}%", acc)
print(f"accuracy: {acc.item():.1f}%")
print(torch.sum(pred == labels).item())
