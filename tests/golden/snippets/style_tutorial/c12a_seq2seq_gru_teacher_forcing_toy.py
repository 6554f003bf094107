# Seq2seq translation tutorial shape: EncoderRNN / DecoderRNN with GRU, teacher forcing on a synthetic pair.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(4)
SOS, EOS = 0, 1

class EncoderRNN(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.embedding = nn.Embedding(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, x):
        return self.gru(self.embedding(x))

class DecoderRNN(nn.Module):
    def __init__(self, hidden, n_out):
        super().__init__()
        self.embedding = nn.Embedding(n_out, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_out)

    def forward(self, tok, h):
        o, h = self.gru(F.relu(self.embedding(tok)), h)
        return F.log_softmax(self.out(o), dim=-1), h

enc, dec = EncoderRNN(7, 5), DecoderRNN(5, 6)
src = torch.tensor([[2, 3, 4, 5]])
tgt = torch.tensor([[3, 2, 4, EOS]])
opt = torch.optim.SGD(list(enc.parameters()) + list(dec.parameters()), lr=0.1)
for it in range(3):
    opt.zero_grad()
    enc_out, h = enc(src)
    dec_in = torch.cat([torch.tensor([[SOS]]), tgt[:, :-1]], dim=1)
    logp, _ = dec(dec_in, h)
    loss = F.nll_loss(logp.view(-1, 6), tgt.view(-1))
    loss.backward()
    opt.step()
    print(it, round(loss.item(), 5))
print(enc_out.shape, h.shape)
with torch.no_grad():
    _, h = enc(src)
    tok, decoded = torch.tensor([[SOS]]), []
    for _ in range(5):
        logp, h = dec(tok, h)
        topv, topi = logp.topk(1)
        decoded.append(topi.item())
        if topi.item() == EOS:
            break
        tok = topi.squeeze(-1).detach()
print(decoded)
