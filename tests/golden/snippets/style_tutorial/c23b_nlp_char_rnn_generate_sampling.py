import torch
from torch import nn

torch.manual_seed(23)
chars = list("abcde")
rnn = nn.GRU(len(chars), 8, batch_first=True)
fc = nn.Linear(8, len(chars))
x = torch.zeros(1, 1, len(chars))
x[0, 0, 0] = 1
h = None
out_chars = []
with torch.no_grad():
    for _ in range(8):
        o, h = rnn(x, h)
        p = torch.softmax(fc(o[:, -1]), dim=-1)
        i = torch.multinomial(p, 1).item()
        out_chars.append(chars[i])
        x = torch.zeros(1, 1, len(chars))
        x[0, 0, i] = 1
print("".join(out_chars), h.shape)
