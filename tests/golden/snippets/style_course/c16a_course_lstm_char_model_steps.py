# A character-level LSTM model class: embedding, LSTM, linear head; a few Adam steps
import torch
from torch import nn

class CharLSTM(nn.Module):
    def __init__(self, vocab_size, emb_dim, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, emb_dim)
        self.lstm = nn.LSTM(emb_dim, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, vocab_size)

    def forward(self, idx, state=None):
        out, state = self.lstm(self.embed(idx), state)
        return self.fc(out), state

text = "abcabcabdabcab"
stoi = {c: i for i, c in enumerate(sorted(set(text)))}
data = torch.tensor([stoi[c] for c in text])
x, y = data[:-1].view(1, -1), data[1:].view(1, -1)
torch.manual_seed(1655)
model = CharLSTM(len(stoi), 3, 8)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for step in range(5):
    logits, _ = model(x)
    loss = nn.functional.cross_entropy(logits.view(-1, len(stoi)), y.view(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
print(model)
