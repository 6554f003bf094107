# Char-level RNN assignment: nn.RNN on one-hot characters, float64, hidden states and loss printed.
import torch
import torch.nn as nn

torch.manual_seed(2)
text = "hello world"
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
ids = torch.tensor([stoi[c] for c in text])
V = len(chars)
x = torch.nn.functional.one_hot(ids[:-1], V).double().unsqueeze(0)
target = ids[1:]
rnn = nn.RNN(V, 6, batch_first=True).double()
head = nn.Linear(6, V).double()
opt = torch.optim.SGD(list(rnn.parameters()) + list(head.parameters()), lr=0.3)
print(chars, V)
for step in range(6):
    out, h = rnn(x)
    logits = head(out[0])
    loss = nn.functional.cross_entropy(logits, target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
print(h.shape, out.shape)
print(h)
with torch.no_grad():
    pred = head(rnn(x)[0][0]).argmax(1)
print("".join(chars[i] for i in pred.tolist()))
