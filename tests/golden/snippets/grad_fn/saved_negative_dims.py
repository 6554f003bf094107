# grad_fn._saved_dim shows the dim as it was given: a negative one through PyTorch's unsigned field.
import torch

x = torch.randn(2, 3, 4, requires_grad=True)
print(x.sum(-1).grad_fn._saved_dim, x.sum((-1, 0)).grad_fn._saved_dim, x.mean([2, 1]).grad_fn._saved_dim)
print(x.softmax(-1).grad_fn._saved_dim, x.log_softmax(dim=1).grad_fn._saved_dim, x.cumsum(-3).grad_fn._saved_dim)
print(torch.cat([x, x], -1).grad_fn._saved_dim, torch.stack([x, x], -1).grad_fn._saved_dim)
t = x.transpose(-1, -2).grad_fn
print(t._saved_dim0, t._saved_dim1, x.permute(-1, 0, 1).grad_fn._saved_dims, x.movedim(-1, 0).grad_fn._saved_dims)
print(x.unsqueeze(-1).grad_fn._saved_dim, x[:, :1].squeeze(-2).grad_fn._saved_dim, x[:, :1].squeeze((-2, 0)).grad_fn._saved_dim)
s = x.select(-1, -1).grad_fn
print(s._saved_dim, s._saved_index, s._saved_self_sym_sizes, x[-1].grad_fn._saved_index)
n = x.narrow(-1, 1, 2).grad_fn
print(n._saved_dim, n._saved_start, n._saved_end, n._saved_step, n._saved_self_sym_sizes)
for view in (x[..., -3:-1], x[:, ::2], x[:, -10:], x[:, 0:100], x[1:]):
    g = view.grad_fn
    print(g.name(), getattr(g, "_saved_start", None), getattr(g, "_saved_end", None), getattr(g, "_saved_step", None))
idx = torch.tensor([[[0, 1, 0, 1]] * 3] * 2)
g = x.gather(-1, idx).grad_fn
print(g._saved_dim, g._saved_index.shape, g._saved_sparse_grad)
print(x.index_select(-1, torch.tensor([0, 2])).grad_fn._saved_dim, x.scatter(-1, idx, 1.0).grad_fn._saved_dim)
print(x.max(-1)[0].grad_fn._saved_dim, x.sort(-1)[0].grad_fn._saved_dim, x.topk(2, -1)[0].grad_fn._saved_dim)
print(x.kthvalue(2, -1)[0].grad_fn._saved_dim, x.median(-1)[0].grad_fn._saved_dim, x.prod(-1).grad_fn._saved_dim)
sp = x.split([1, 3], -1)[0].grad_fn
print(sp.name(), sp._saved_dim, sp._saved_split_sizes, x.chunk(2, -1)[0].grad_fn._saved_split_size)
print(x.var(-1).grad_fn._saved_dim, x.std((-1, -2)).grad_fn._saved_dim, x.norm(dim=-1).grad_fn._saved_dim)
print(x.logsumexp(-1).grad_fn._saved_dim, x.amax(-1).grad_fn._saved_dim, x.flip(-1).grad_fn._saved_dims)
a = x.aminmax(dim=-1)[0].grad_fn
print(a._saved_dim, a._saved_min.shape, a._saved_max.shape, x.aminmax()[0].grad_fn._saved_dim)
print(torch.nn.functional.glu(x, -1).grad_fn._saved_dim, x.unbind(-1)[0].grad_fn._saved_dim)
print(x.diagonal(0, -1, -2).grad_fn._saved_dim1, x.roll(1, -1).grad_fn._saved_dims)
print(hasattr(x.sum(-1).grad_fn, "_saved_shape"), hasattr(x[0].grad_fn, "_saved_key"))
try:
    torch.nn.functional.glu(x, 5)
except IndexError as e:
    print(e)
