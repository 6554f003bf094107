# An LSTM text classifier on padded token ids: embedding with padding_idx, last hidden state, BCE-with-logits training.
import torch
import torch.nn as nn

class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden_dim):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, 1)

    def forward(self, x):
        embedded = self.embedding(x)
        output, (hidden, cell) = self.lstm(embedded)
        return self.fc(hidden[-1]).squeeze(1)

torch.manual_seed(0)
X = torch.tensor([[4, 5, 6, 0], [7, 8, 0, 0], [4, 9, 9, 2], [3, 1, 0, 0]])
y = torch.tensor([1.0, 0.0, 1.0, 0.0])
model = SentimentLSTM(10, 6, 5)
print(model)
print(model.embedding.weight[0])
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(5):
    optimizer.zero_grad()
    logits = model(X)
    loss = criterion(logits, y)
    loss.backward()
    optimizer.step()
    preds = (torch.sigmoid(logits) > 0.5).float()
    acc = (preds == y).float().mean()
    print(f"Epoch {epoch+1}: loss={loss.item():.4f} acc={acc:.2f}")
print(model.embedding.weight.grad[0])
with torch.no_grad():
    print(torch.sigmoid(model(X)).round(decimals=3))
