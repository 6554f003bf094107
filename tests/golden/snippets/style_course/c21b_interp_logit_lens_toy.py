# logit lens on a toy residual stack: decode every layer's residual with the unembedding
import torch
import torch.nn as nn

torch.manual_seed(0)
vocab, d = 6, 8
embed = nn.Embedding(vocab, d)
blocks = nn.ModuleList([nn.Sequential(nn.LayerNorm(d), nn.Linear(d, d)) for _ in range(3)])
ln_f = nn.LayerNorm(d)
unembed = nn.Linear(d, vocab, bias=False)
tokens = torch.tensor([[1, 4, 2]])
with torch.no_grad():
    resid = embed(tokens)
    for i, blk in enumerate(blocks):
        resid = resid + blk(resid)
        probs = unembed(ln_f(resid)).softmax(-1)
        top = probs[0, -1].max()
        print(i, probs[0, -1].argmax().item(), round(top.item(), 4))
    print(unembed(ln_f(resid))[0, -1])
