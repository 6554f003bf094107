# Udacity sentiment RNN pattern, with a GRU: embedding, batch_first GRU, last time step,
# sigmoid output, BCELoss, and one Adam step with gradient clipping.
import torch
import torch.nn as nn


class SentimentRNN(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_dim):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.gru = nn.GRU(embedding_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, 1)
        self.sig = nn.Sigmoid()

    def forward(self, x, hidden):
        gru_out, hidden = self.gru(self.embedding(x), hidden)
        out = self.sig(self.fc(gru_out[:, -1, :]))
        return out.squeeze(1), hidden


torch.manual_seed(100)
net = SentimentRNN(vocab_size=20, embedding_dim=6, hidden_dim=8)
inputs = torch.randint(1, 20, (3, 7))
labels = torch.tensor([1.0, 0.0, 1.0])
h = torch.zeros(1, 3, 8)
out, h = net(inputs, h)
criterion = nn.BCELoss()
optimizer = torch.optim.Adam(net.parameters(), lr=0.01)
loss = criterion(out, labels)
loss.backward()
print(nn.utils.clip_grad_norm_(net.parameters(), 5))
optimizer.step()
print(out, loss.item(), h.shape)
print(net(inputs, h.detach())[0])
