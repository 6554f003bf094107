# Q: "only one element tensors can be converted to Python scalars" building a tensor from a list of tensors.
import torch

torch.manual_seed(0)
losses = []
outs = []
for i in range(3):
    out = torch.randn(2)
    outs.append(out)
    losses.append(out.sum())
try:
    torch.tensor(outs)
except ValueError as e:
    print("ValueError:", e)
print(torch.stack(outs))
print(torch.stack(outs).shape, torch.cat(outs).shape)
print(torch.tensor(losses))
print(torch.stack(losses))
print(torch.tensor([l.item() for l in losses]))
try:
    torch.stack([torch.zeros(2), torch.zeros(3)])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.cat(outs[0])
except TypeError as e:
    print("TypeError:", e)
print(torch.as_tensor([[1, 2], [3, 4]]).dtype)
