# A character-level LSTM language model: one-hot free (embedding), hidden state carried and detached.
import torch
import torch.nn as nn

torch.manual_seed(0)
text = "hello world, hello torch"
chars = sorted(set(text))
char2int = {ch: i for i, ch in enumerate(chars)}
encoded = torch.tensor([char2int[c] for c in text])

class CharRNN(nn.Module):
    def __init__(self, n_chars, n_hidden=24, n_layers=2):
        super().__init__()
        self.emb = nn.Embedding(n_chars, 8)
        self.lstm = nn.LSTM(8, n_hidden, n_layers, batch_first=True)
        self.fc = nn.Linear(n_hidden, n_chars)

    def forward(self, x, hidden):
        out, hidden = self.lstm(self.emb(x), hidden)
        out = out.contiguous().view(-1, out.shape[-1])
        return self.fc(out), hidden

net = CharRNN(len(chars))
print(net)
opt = torch.optim.Adam(net.parameters(), lr=0.01)
criterion = nn.CrossEntropyLoss()
h = None
seq_len = 6
for step, i in enumerate(range(0, len(encoded) - seq_len - 1, seq_len)):
    x = encoded[i:i + seq_len].unsqueeze(0)
    y = encoded[i + 1:i + seq_len + 1]
    if h is not None:
        h = tuple(each.detach() for each in h)
    out, h = net(x, h)
    loss = criterion(out, y)
    opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(net.parameters(), 5)
    opt.step()
    print(step, x.shape, out.shape, round(loss.item(), 3))
print(h[0].shape, h[1].shape, h[0].requires_grad)
