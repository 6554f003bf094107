# conj() is a view of its input: _base names the tensor it was made from.
import torch

z = torch.tensor([1 + 2j, 3 - 1j, 2j])
c = z.conj()
print(c._base is z, c._is_view(), z._base, c.is_conj())
print(c.conj()._base is z, c.conj().is_conj())
print(z[1:].conj()._base is z, c[:2]._base is z, c.view(3, 1)._base is z)
print(c.resolve_conj()._base, c.clone()._is_view(), c.detach()._is_view())
x = torch.tensor([1.0, 2.0])
print(x.conj() is x, x.conj()._base)
try:
    c.detach_()
except RuntimeError as e:
    print(str(e).split(".")[0])
leaf = torch.tensor([1 + 1j, 2 - 2j], requires_grad=True)
view = leaf.conj()
print(view._base is leaf, view.grad_fn, view.is_leaf)
