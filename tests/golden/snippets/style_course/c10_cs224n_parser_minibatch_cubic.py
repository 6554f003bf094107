# cs224n assignment 3 style: a feed-forward dependency parser step: embedding lookup of feature ids, hidden layer, CE loss.
import torch
from torch import nn
import torch.nn.functional as F

class ParserModel(nn.Module):
    def __init__(self, n_words=30, embed_size=5, n_features=6, hidden_size=12, n_classes=3, dropout_prob=0.0):
        super().__init__()
        self.n_features, self.embed_size = n_features, embed_size
        self.embeddings = nn.Parameter(torch.randn(n_words, embed_size))
        self.embed_to_hidden_weight = nn.Parameter(torch.empty(n_features * embed_size, hidden_size))
        nn.init.xavier_uniform_(self.embed_to_hidden_weight)
        self.embed_to_hidden_bias = nn.Parameter(torch.zeros(hidden_size))
        self.dropout = nn.Dropout(dropout_prob)
        self.hidden_to_logits_weight = nn.Parameter(torch.empty(hidden_size, n_classes))
        nn.init.xavier_uniform_(self.hidden_to_logits_weight)
        self.hidden_to_logits_bias = nn.Parameter(torch.zeros(n_classes))

    def embedding_lookup(self, w):
        return torch.index_select(self.embeddings, 0, w.view(-1)).view(w.shape[0], -1)

    def forward(self, w):
        x = self.embedding_lookup(w)
        h = F.relu(x @ self.embed_to_hidden_weight + self.embed_to_hidden_bias)
        return self.dropout(h) @ self.hidden_to_logits_weight + self.hidden_to_logits_bias

torch.manual_seed(0)
model = ParserModel()
w = torch.randint(0, 30, (4, 6))
print(model.embedding_lookup(w).shape)
print(torch.equal(model.embedding_lookup(w)[0, :5], model.embeddings[w[0, 0]].detach()))
optimizer = torch.optim.Adam(model.parameters(), lr=0.005)
loss_func = nn.CrossEntropyLoss()
y = torch.tensor([0, 2, 1, 1])
for epoch in range(5):
    optimizer.zero_grad()
    logits = model(w)
    loss = loss_func(logits, y)
    loss.backward()
    optimizer.step()
    print(epoch, f"{loss.item():.5f}")
print(logits.argmax(-1), model.embeddings.grad.abs().sum(1).nonzero().flatten())
