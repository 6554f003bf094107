# Elementwise ops, reductions and layers on bfloat16 tensors, each rounded as PyTorch's CPU kernels
# round: a Python number is read in bfloat16 by add/sub/pow/fmod and in float32 by mul/div;
# x ** 3 is two bfloat16 multiplications; prod keeps its running product in bfloat16 and
# logsumexp is ATen's composite of bfloat16 steps.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
a = (torch.randn(64, 50) * 2).bfloat16()
b = (torch.randn(64, 50) * 2).bfloat16()
pos = a.abs() + 0.1
ops = {
    "add": lambda: a + b, "mul": lambda: a * b, "div": lambda: a / b, "sub": lambda: a - b,
    "exp": lambda: a.exp(), "log": lambda: pos.log(), "sqrt": lambda: pos.sqrt(), "tanh": lambda: a.tanh(),
    "sigmoid": lambda: a.sigmoid(), "relu": lambda: a.relu(), "pow2": lambda: a.pow(2), "pow3": lambda: a ** 3,
    "pow0.3": lambda: pos ** 0.3, "rsqrt": lambda: pos.rsqrt(), "sin": lambda: a.sin(),
    "reciprocal": lambda: pos.reciprocal(), "sum": lambda: a.sum(), "sum0": lambda: a.sum(0),
    "sum1": lambda: a.sum(1), "mean": lambda: a.mean(), "mean1": lambda: a.mean(1), "max": lambda: a.max(),
    "var": lambda: a.var(), "std1": lambda: a.std(1), "norm": lambda: a.norm(), "matmul": lambda: a @ b.T,
    "mv": lambda: a @ b[0], "cumsum": lambda: a.cumsum(1), "softmax": lambda: a.softmax(1),
    "silu": lambda: F.silu(a), "layer_norm": lambda: F.layer_norm(a, (50,)), "lerp": lambda: a.lerp(b, 0.3),
    "addcmul": lambda: torch.addcmul(a, a, b, value=0.3), "addcmul1": lambda: torch.addcmul(a, b, b),
    "clamp": lambda: a.clamp(-1, 1), "where": lambda: torch.where(a > 0, a, b * 0.5),
    "x*0.1": lambda: a * 0.1, "x+0.1": lambda: a + 0.1, "0.3-x": lambda: 0.3 - a, "x-0.7": lambda: a - 0.7,
    "x/3": lambda: a / 3, "x/0.3": lambda: a / 0.3, "x%0.3": lambda: a % 0.3, "fmod": lambda: torch.fmod(a, 0.3),
    "mse": lambda: F.mse_loss(a, b), "l1": lambda: F.l1_loss(a, b),
    "bce": lambda: F.binary_cross_entropy(a.sigmoid(), (b > 0).bfloat16()),
    "prod1": lambda: (a / 4 + 1).prod(1), "prod0": lambda: (a[:, :8] / 4 + 1).prod(0),
    "logsumexp1": lambda: a.logsumexp(1), "logsumexp0": lambda: a.logsumexp(0),
    "logsumexp3d": lambda: a.view(4, 16, 50).logsumexp(1),
    "linear": lambda: F.linear(a, b[:10], b[0, :10]), "neg": lambda: -a, "log_softmax": lambda: a.log_softmax(1),
}
for k, f in ops.items():
    r = f().float()
    print(k, repr(r.sum().item()), r.flatten()[:3].tolist())
