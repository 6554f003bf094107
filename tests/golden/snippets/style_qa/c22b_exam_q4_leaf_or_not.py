import torch

# Q4. For each tensor say: is it a leaf? does it require grad? what is its grad_fn?
p = torch.tensor(2.0, requires_grad=True)
k = torch.tensor(5.0)
prod = p * k
cut = prod.detach()
revived = cut.requires_grad_()
rows = dict(p=p, k=k, prod=prod, cut=cut, revived=revived)
for label, t in rows.items():
    node = None if t.grad_fn is None else t.grad_fn.name()
    print(f"{label:8s} leaf={t.is_leaf!s:5s} rg={t.requires_grad!s:5s} fn={node}")
print("cut is revived:", cut is revived)
(prod * 2).backward()
print("p.grad =", p.grad, "k.grad =", k.grad)
