import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
rows = torch.tensor([0, 2])
y = x[:, rows]
print(y.grad_fn, y.grad_fn._saved_indices, y.grad_fn._saved_self_sym_sizes)
print(x[x > 1].grad_fn._saved_indices)
g = x.gather(1, torch.tensor([[0], [1], [2], [0]]))
print(g.grad_fn._saved_dim, g.grad_fn._saved_index.tolist(), g.grad_fn._saved_self is x)
emb = nn.Embedding(5, 2, padding_idx=1)
e = emb(torch.tensor([1, 4, 1]))
node = e.grad_fn
print(node, node._saved_indices, node._saved_padding_idx, node._saved_weight_sym_argsize_0)
print(node._saved_scale_grad_by_freq, node._saved_sparse)
print(nn.functional.embedding(torch.tensor([3]), emb.weight).grad_fn._saved_padding_idx)
print(x.take(rows).grad_fn._saved_index, torch.masked_select(x, x > 1).grad_fn._saved_mask.shape)
(y.sum() + g.sum() + e.sum()).backward()
for name, n in (("index", y.grad_fn), ("gather", g.grad_fn), ("embedding", node)):
    print(name, n._saved_self_sym_sizes if name == "index" else n._saved_dim if name == "gather" else n._saved_sparse)
    try:
        n._saved_indices if name != "gather" else n._saved_index
    except RuntimeError as err:
        print("RuntimeError:", str(err)[:72])
try:
    y.sum().backward()
except RuntimeError as err:
    print("RuntimeError:", str(err)[:48])
