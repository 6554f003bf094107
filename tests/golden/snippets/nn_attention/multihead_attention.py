# nn.MultiheadAttention: seeded init, repr, parameters, outputs, weights, grad_fn chain, masks, errors.
import torch
import torch.nn as nn


def walk(fn, depth=0):
    """The graph by node name, a few levels deep."""
    if fn is None or depth > 3:
        return
    print("  " * depth + type(fn).__name__)
    for child, _ in fn.next_functions:
        walk(child, depth + 1)


torch.manual_seed(0)
mha = nn.MultiheadAttention(4, 2)
print(mha)
print([(name, tuple(p.shape)) for name, p in mha.named_parameters()])
print(mha.in_proj_weight[:2], mha.in_proj_bias, mha.out_proj.weight[0], mha.out_proj.bias)
x = torch.randn(3, 2, 4)
out, w = mha(x, x, x)
print(out, w)
walk(out.grad_fn)
walk(w.grad_fn)
out.sum().backward()
print(mha.in_proj_weight.grad[5:7])
out2, w2 = mha(x, x, x, average_attn_weights=False)
print(w2.shape, w2[0, 1])
padding = torch.tensor([[False, False, True], [False, True, True]])
print(mha(x, x, x, key_padding_mask=padding)[0][0])
future = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
print(mha(x, x, x, attn_mask=future)[1])
fast, none = mha(x, x, x, need_weights=False)
print(none, fast[2])
walk(fast.grad_fn)
mb = nn.MultiheadAttention(4, 2, batch_first=True, kdim=3, vdim=5, bias=False)
print(mb, [(name, tuple(p.shape)) for name, p in mb.named_parameters()])
q, k, v = torch.randn(2, 3, 4), torch.randn(2, 6, 3), torch.randn(2, 6, 5)
o, ww = mb(q, k, v)
print(o.shape, ww.shape, o[1])
enc = torch.randn(5, 4)
print(mha(enc, enc, enc)[0].shape)
mem = torch.randn(4, 2, 4)
print(mha(x, mem, mem)[0][1])
for call in (lambda: nn.MultiheadAttention(5, 2), lambda: mha(torch.randn(3, 2, 5), x, x),
             lambda: mha(x, x, x, attn_mask=torch.zeros(2, 2))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
