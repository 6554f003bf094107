# cs224n NMT attention: dot-product, multiplicative and additive scores over encoder states with a pad mask.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(224)
b, src_len, h = 2, 5, 4
enc_hiddens = torch.randn(b, src_len, h)
dec_hidden = torch.randn(b, h)
lengths = [5, 3]
enc_masks = torch.zeros(b, src_len, dtype=torch.bool)
for i, L in enumerate(lengths):
    enc_masks[i, L:] = True
print(enc_masks)
W_mult = nn.Linear(h, h, bias=False)
W1, W2 = nn.Linear(h, h, bias=False), nn.Linear(h, h, bias=False)
v = nn.Linear(h, 1, bias=False)
scores = {
    'dot': torch.bmm(enc_hiddens, dec_hidden.unsqueeze(2)).squeeze(2),
    'mult': torch.bmm(W_mult(enc_hiddens), dec_hidden.unsqueeze(2)).squeeze(2),
    'add': v(torch.tanh(W1(enc_hiddens) + W2(dec_hidden).unsqueeze(1))).squeeze(2),
}
for name, e_t in scores.items():
    e_t = e_t.masked_fill(enc_masks, -float('inf'))
    alpha_t = F.softmax(e_t, dim=1)
    a_t = torch.bmm(alpha_t.unsqueeze(1), enc_hiddens).squeeze(1)
    print(name, tuple(e_t.shape), tuple(a_t.shape), alpha_t[1].tolist()[3:], alpha_t.sum(1))
print(torch.isinf(scores['dot'].masked_fill(enc_masks, -float('inf'))).sum().item())
