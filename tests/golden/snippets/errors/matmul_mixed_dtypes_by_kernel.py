# Mixed dtypes in a matrix product: the message is the kernel's the product ends in (mm, mv's
# addmv, dot, or bmm's "expected scalar type"), by the operands' dims; einsum contracts with bmm.
import torch

f1, f2, f3 = torch.ones(2), torch.ones(2, 2), torch.ones(1, 2, 2)
D = lambda t: t.double()
R = lambda t: t.clone().requires_grad_()
cases = {
    "d2 @ f1": lambda: D(f2) @ f1, "f2 @ d1": lambda: f2 @ D(f1), "f1 @ d2": lambda: f1 @ D(f2),
    "d1 @ f1": lambda: D(f1) @ f1, "mv": lambda: torch.mv(D(f2), f1), "mm": lambda: torch.mm(D(f2), f2),
    "d3 @ f1": lambda: D(f3) @ f1, "d3 @ f2": lambda: D(f3) @ f2, "f1 @ d3": lambda: f1 @ D(f3),
    "f2 @ d3": lambda: f2 @ D(f3), "d3 @ f3": lambda: D(f3) @ f3, "bmm": lambda: torch.bmm(f3, D(f3)),
    "long @ float": lambda: f2.long() @ f1, "half @ float": lambda: f2.half() @ f1,
    "f2(grad) @ d3": lambda: R(f2) @ D(f3), "f1(grad) @ d3": lambda: R(f1) @ D(f3),
    "d3(grad) @ f3": lambda: R(D(f3)) @ f3, "f(2,2,2) @ d3(grad)": lambda: torch.ones(2, 2, 2) @ R(D(f3)),
    "transposed d3 @ f2": lambda: D(torch.ones(2, 2, 3)).mT @ f2, "f1 @ d(1,1,2,2)": lambda: f1 @ D(f3[None]),
    "einsum ij,jk": lambda: torch.einsum("ij,jk->ik", f2, D(f2)), "einsum i,i": lambda: torch.einsum("i,i->", f1, D(f1)),
    "einsum i,j": lambda: torch.einsum("i,j->ij", f1, D(f1)), "einsum ij,j": lambda: torch.einsum("ij,j->i", D(f2), f1),
    "einsum i,i,i": lambda: torch.einsum("i,i,i->", f1, f1, D(f1)),
}
for name, fn in cases.items():
    try:
        print(name, fn().dtype)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
