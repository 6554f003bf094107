# Everything made in inference mode is an inference tensor, except views of normal tensors.
import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(2, 2)
x0 = torch.ones(1, 2)
with torch.inference_mode():
    made = {
        "ones": torch.ones(2), "tensor": torch.tensor([1.0]), "randn": torch.randn(2),
        "linear": lin(x0), "matmul": x0 @ x0.T, "sum": x0.sum(), "softmax": torch.softmax(x0, 1),
        "view of normal": x0.view(2), "index": x0[0], "detach": x0.detach(), "clone": x0.clone(),
        "cross_entropy": nn.functional.cross_entropy(x0, torch.tensor([0])), "argmax": x0.argmax(),
        "double": x0.double(), "arange": torch.arange(3), "from_numpy": torch.from_numpy(x0.numpy()),
    }
for name, t in made.items():
    print(name, t.is_inference(), t.requires_grad)
out = made["linear"]
print(out.view(2).is_inference(), out.detach().is_inference(), out.clone().is_inference())
try:
    out.add_(1)
except RuntimeError as e:
    print(e)
try:
    (lin.weight * made["ones"]).sum().backward()
except RuntimeError as e:
    print(e)
