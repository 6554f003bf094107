# cs224n dependency parser model: embed 36 feature ids, flatten, hidden ReLU with dropout, logits for 3 moves.
import torch
import torch.nn as nn
import torch.nn.functional as F

class ParserModel(nn.Module):
    def __init__(self, embeddings, n_features=6, hidden_size=20, n_classes=3, dropout_prob=0.5):
        super().__init__()
        self.n_features = n_features
        self.embed_size = embeddings.shape[1]
        self.embeddings = nn.Parameter(torch.tensor(embeddings))
        self.embed_to_hidden_weight = nn.Parameter(torch.empty(self.n_features * self.embed_size, hidden_size))
        nn.init.xavier_uniform_(self.embed_to_hidden_weight)
        self.embed_to_hidden_bias = nn.Parameter(torch.empty(hidden_size))
        nn.init.uniform_(self.embed_to_hidden_bias)
        self.dropout = nn.Dropout(dropout_prob)
        self.hidden_to_logits = nn.Linear(hidden_size, n_classes)

    def embedding_lookup(self, w):
        return self.embeddings[w].view(w.shape[0], -1)

    def forward(self, w):
        x = self.embedding_lookup(w)
        h = F.relu(x @ self.embed_to_hidden_weight + self.embed_to_hidden_bias)
        return self.hidden_to_logits(self.dropout(h))

torch.manual_seed(0)
import numpy as np
embeddings = np.random.RandomState(0).randn(30, 5).astype(np.float32)
model = ParserModel(embeddings)
w = torch.randint(0, 30, (4, 6))
print(model.embedding_lookup(w).shape)
model.eval()
logits = model(w)
print(logits.shape, logits.dtype)
print(logits)
model.train()
optimizer = torch.optim.Adam(model.parameters(), lr=0.0005)
loss_func = nn.CrossEntropyLoss()
train_y = torch.tensor([0, 1, 2, 1])
for _ in range(3):
    optimizer.zero_grad()
    loss = loss_func(model(w), train_y)
    loss.backward()
    optimizer.step()
    print(round(loss.item(), 4))
print([n for n, _ in model.named_parameters()])
print(model.embeddings.dtype, model.embeddings.grad.abs().sum() > 0)
