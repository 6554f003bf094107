# Bahdanau-style attention in a decoder: additive scores over encoder outputs feeding a GRU cell, step by step.
import torch
import torch.nn as nn

torch.manual_seed(4)
batch, steps, hidden, embed, vocab = 2, 5, 6, 4, 7

class AdditiveAttention(nn.Module):
    def __init__(self, h):
        super().__init__()
        self.W_k = nn.Linear(h, h, bias=False)
        self.W_q = nn.Linear(h, h, bias=False)
        self.w_v = nn.Linear(h, 1, bias=False)

    def forward(self, q, k, v, valid_lens):
        feats = torch.tanh(self.W_q(q).unsqueeze(2) + self.W_k(k).unsqueeze(1))
        scores = self.w_v(feats).squeeze(-1)
        mask = torch.arange(k.shape[1])[None, None, :] < valid_lens[:, None, None]
        scores = scores.masked_fill(~mask, -1e6)
        self.weights = torch.softmax(scores, dim=-1)
        return torch.bmm(self.weights, v)

enc_outputs = torch.randn(batch, steps, hidden)
valid_lens = torch.tensor([3, 5])
attn = AdditiveAttention(hidden)
emb = nn.Embedding(vocab, embed)
cell = nn.GRUCell(embed + hidden, hidden)
dense = nn.Linear(hidden, vocab)
state = enc_outputs[:, -1]
tokens = torch.tensor([1, 1])
for t in range(3):
    ctx = attn(state.unsqueeze(1), enc_outputs, enc_outputs, valid_lens)
    x = torch.cat([emb(tokens), ctx.squeeze(1)], dim=-1)
    state = cell(x, state)
    logits = dense(state)
    tokens = logits.argmax(-1)
    print(t, tokens.tolist(), attn.weights.squeeze(1).detach().round(decimals=4))
print(attn.weights.shape, attn.weights.sum(-1))
print(logits)
