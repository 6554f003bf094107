# An evaluation loop under inference_mode: averaged loss and accuracy per batch, and what inference tensors refuse.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(40)
model = nn.Sequential(nn.Linear(4, 3))
ds = TensorDataset(torch.randn(10, 4), torch.randint(0, 3, (10,)))
loader = DataLoader(ds, batch_size=4)
loss_fn = nn.CrossEntropyLoss(reduction="sum")
model.eval()
total, correct, n = 0.0, 0, 0
with torch.inference_mode():
    for xb, yb in loader:
        out = model(xb)
        total += loss_fn(out, yb).item()
        correct += (out.argmax(1) == yb).sum().item()
        n += yb.numel()
        print(len(xb), out.is_inference(), out.requires_grad)
print(f"loss {total / n:.4f} acc {correct}/{n}")
try:
    out.requires_grad_()
except RuntimeError as e:
    print(e)
w = torch.ones(2, requires_grad=True)
try:
    (w * out[0, :2]).sum().backward()
except RuntimeError as e:
    print(e)
print((w * out[0, :2].clone()).sum().requires_grad)
