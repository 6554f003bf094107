# Recommender systems: matrix factorisation with user/item embeddings and biases, RMSE on a toy rating set.
import torch
from torch import nn

class MF(nn.Module):
    def __init__(self, num_factors, num_users, num_items, **kwargs):
        super(MF, self).__init__(**kwargs)
        self.P = nn.Embedding(num_embeddings=num_users, embedding_dim=num_factors)
        self.Q = nn.Embedding(num_embeddings=num_items, embedding_dim=num_factors)
        self.user_bias = nn.Embedding(num_users, 1)
        self.item_bias = nn.Embedding(num_items, 1)

    def forward(self, user_id, item_id):
        P_u = self.P(user_id)
        Q_i = self.Q(item_id)
        b_u = self.user_bias(user_id)
        b_i = self.item_bias(item_id)
        outputs = (P_u * Q_i).sum(axis=1) + torch.squeeze(b_u) + torch.squeeze(b_i)
        return outputs.flatten()

torch.manual_seed(0)
users = torch.tensor([0, 0, 1, 2, 2, 3, 3, 3])
items = torch.tensor([0, 2, 1, 0, 3, 1, 2, 3])
ratings = torch.tensor([5.0, 3.0, 4.0, 1.0, 2.0, 5.0, 4.0, 3.0])
net = MF(3, 4, 4)
for m in net.modules():
    if isinstance(m, nn.Embedding):
        nn.init.normal_(m.weight, std=0.01)
trainer = torch.optim.Adam(net.parameters(), lr=0.05, weight_decay=1e-5)
loss = nn.MSELoss()
for epoch in range(5):
    trainer.zero_grad()
    l = loss(net(users, items), ratings)
    l.backward()
    trainer.step()
    print(f"epoch {epoch + 1}, train loss {l.item():.3f}")
with torch.no_grad():
    preds = net(users, items)
    rmse = torch.sqrt(((preds - ratings) ** 2).mean())
print(f"RMSE {rmse.item():.4f}", preds.shape)
print(net.P.weight.grad is not None, net.user_bias)
