# bfloat16 kernels that round intermediate steps to bfloat16 in ways the engine does not follow
# yet (softmax over dim 0, gelu).
import torch

torch.manual_seed(0)
a = (torch.randn(64, 50) * 2).bfloat16()
ops = {
    "softmax0": lambda: a.softmax(0),
    "gelu": lambda: torch.nn.functional.gelu(a),
}
for k, f in ops.items():
    r = f().float()
    print(k, repr(r.sum().item()), r.flatten()[:3].tolist())
