# Attention with a key-padding mask built from sequence lengths; padded positions get zero weight.
import torch

torch.manual_seed(8)
lengths = torch.tensor([3, 5, 2])
B, T, d = 3, 5, 4
x = torch.randn(B, T, d)
key_mask = torch.arange(T)[None, :] < lengths[:, None]
print(key_mask)
scores = torch.bmm(x, x.transpose(1, 2)) / d ** 0.5
scores = scores.masked_fill(~key_mask[:, None, :], -1e9)
attn = scores.softmax(dim=-1)
print(attn[2].round(decimals=4))
print(attn[0, :, 3:].abs().max())
ctx = torch.bmm(attn, x)
print(ctx.shape)
pooled = (x * key_mask[..., None]).sum(1) / lengths[:, None]
print(pooled)
print(attn.argmax(dim=-1))
mha = torch.nn.MultiheadAttention(d, 2, batch_first=True)
out, w = mha(x, x, x, key_padding_mask=~key_mask)
print(out.shape, w.shape)
print(w[2, 0])
