# scheduled sampling: coin flip between teacher forcing and the model's own prediction
import random
import torch
import torch.nn as nn
random.seed(0); torch.manual_seed(37)
emb, rnn, head = nn.Embedding(6, 3), nn.LSTMCell(3, 5), nn.Linear(5, 6)
tgt = torch.tensor([2, 5, 1, 3])
h = c = torch.zeros(1, 5)
x = torch.tensor([0])
used = []
for t in range(4):
    h, c = rnn(emb(x), (h, c))
    pred = head(h).argmax(-1)
    tf = random.random() < 0.5
    used.append("tf" if tf else "pred")
    x = tgt[t:t + 1] if tf else pred
print(used)
print(h.shape, c.grad_fn.name())
