# cs224n NMT: build source masks from lengths, mask attention scores with -inf, softmax and a weighted sum.
import torch
import torch.nn.functional as F

torch.manual_seed(224)
source_lengths = [5, 3, 2]
b, src_len, h = len(source_lengths), max(source_lengths), 4
enc_hiddens = torch.randn(b, src_len, h)
enc_masks = torch.zeros(b, src_len, dtype=torch.float)
for e_id, length in enumerate(source_lengths):
    enc_masks[e_id, length:] = 1
print(enc_masks)
dec_hidden = torch.randn(b, h)
e_t = torch.bmm(enc_hiddens, dec_hidden.unsqueeze(2)).squeeze(2)
print(e_t.shape)
e_t.data.masked_fill_(enc_masks.bool(), -float("inf"))
print(e_t)
alpha_t = F.softmax(e_t, dim=1)
print(alpha_t)
a_t = torch.bmm(alpha_t.unsqueeze(1), enc_hiddens).squeeze(1)
print(a_t.shape, a_t[2])
U_t = torch.cat([dec_hidden, a_t], dim=1)
print(U_t.shape)
lengths = torch.tensor(source_lengths)
mask2 = torch.arange(src_len)[None, :] >= lengths[:, None]
print(torch.equal(mask2, enc_masks.bool()), mask2.dtype)
sents = [["a", "b", "c"], ["d"], ["e", "f"]]
padded = [s + ["<pad>"] * (max(map(len, sents)) - len(s)) for s in sents]
print(padded)
