# Q: accuracy is always 0: integer division on long tensors; count correct then divide properly.
import torch

preds = torch.tensor([1, 0, 2, 2, 1, 0, 1])
labels = torch.tensor([1, 0, 1, 2, 1, 1, 1])
correct = (preds == labels).sum()
print(correct, correct.dtype)
print(correct / len(labels), (correct / len(labels)).dtype)
print(correct // len(labels), torch.div(correct, len(labels), rounding_mode="floor"))
print(correct.item() / len(labels), 100.0 * correct / labels.size(0))
print((preds == labels).float().mean(), (preds == labels).double().mean())
try:
    print((preds == labels).mean())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(labels.mean())
except RuntimeError as e:
    print("RuntimeError:", e)
print(labels.float().mean(), labels.sum() / labels.numel(), labels.mean(dtype=torch.float32))
print(f"acc: {correct / len(labels):.2%}", f"{(correct * 100) // len(labels)}%")
