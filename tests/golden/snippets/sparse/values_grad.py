# values() of a coalesced tensor carries the gradient back (ValuesBackward0)
import torch
i=torch.tensor([[0,1,1,0],[2,0,2,2]]); v=torch.tensor([3.,4.,5.,1.])
vv=v.clone().requires_grad_()
c = torch.sparse_coo_tensor(i, vv, (2,3)).coalesce()
x = c.values(); print(x, c)
(x * torch.tensor([1., 2., 3.])).sum().backward(); print(vv.grad)
w = torch.sparse_coo_tensor(i, v, (2,3), requires_grad=True)
y = w.coalesce().values(); print(y); y.pow(2).sum().backward(); print(w.grad)
