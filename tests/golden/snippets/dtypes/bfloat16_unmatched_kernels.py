# bfloat16 kernels that round intermediate steps to bfloat16 in ways the engine does not follow
# yet (softmax over dim 0, gelu, addcmul with value=).
import torch

torch.manual_seed(0)
a = (torch.randn(64, 50) * 2).bfloat16()
b = (torch.randn(64, 50) * 2).bfloat16()
ops = {
    "softmax0": lambda: a.softmax(0),
    "gelu": lambda: torch.nn.functional.gelu(a), "addcmul": lambda: torch.addcmul(a, a, b, value=0.3),
}
for k, f in ops.items():
    r = f().float()
    print(k, repr(r.sum().item()), r.flatten()[:3].tolist())
