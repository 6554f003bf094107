# What a node saved, under PyTorch's names (dir(y.grad_fn) shows them as _saved_*)
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
w = torch.randn(2, 4, requires_grad=True)
b = torch.randn(2, requires_grad=True)
nodes = {"linear": F.linear(x, w, b), "mm": x @ w.t(), "rpow": 2 ** x, "rsub": torch.rsub(x, 2.0, alpha=3),
         "pow": x ** 2, "norm": x.norm(), "norm 1": x.norm(1), "linalg.norm": torch.linalg.norm(x),
         "vector_norm 3": torch.linalg.vector_norm(x, 3), "fro": torch.linalg.matrix_norm(x)}
for name, y in nodes.items():
    node = y.grad_fn
    saved = [n for n in dir(node) if n.startswith("_saved_")]
    print(name, type(node).__name__, {n: getattr(node, n) for n in saved if "sym" in n or n[7:] not in
                                      ("self", "mat1", "mat2", "result", "exponent")})
frozen = F.linear(x.detach(), w, b).grad_fn  # only the weight needs a gradient
print(frozen._saved_mat1_sym_sizes, frozen._saved_mat1_sym_strides, frozen._saved_mat2_sym_strides)
y = torch.rsub(x, 2.0, alpha=3)
y.sum().backward()
print(x.grad[0], (2 ** x).grad_fn._saved_self)
