# fastai collaborative filtering: DotProductBias with embeddings, sigmoid_range, MSE on synthetic ratings.
import torch
from torch import nn

def sigmoid_range(x, lo, hi):
    return torch.sigmoid(x) * (hi - lo) + lo

class DotProductBias(nn.Module):
    def __init__(self, n_users, n_movies, n_factors, y_range=(0, 5.5)):
        super().__init__()
        self.user_factors = nn.Embedding(n_users, n_factors)
        self.user_bias = nn.Embedding(n_users, 1)
        self.movie_factors = nn.Embedding(n_movies, n_factors)
        self.movie_bias = nn.Embedding(n_movies, 1)
        self.y_range = y_range

    def forward(self, x):
        users = self.user_factors(x[:, 0])
        movies = self.movie_factors(x[:, 1])
        res = (users * movies).sum(dim=1, keepdim=True)
        res += self.user_bias(x[:, 0]) + self.movie_bias(x[:, 1])
        return sigmoid_range(res, *self.y_range)

torch.manual_seed(42)
n_users, n_movies = 10, 8
x = torch.stack([torch.randint(0, n_users, (40,)), torch.randint(0, n_movies, (40,))], dim=1)
y = torch.randint(1, 6, (40, 1)).float()
model = DotProductBias(n_users, n_movies, 5)
opt = torch.optim.Adam(model.parameters(), lr=5e-2, weight_decay=0.1)
for epoch in range(5):
    preds = model(x)
    loss = nn.functional.mse_loss(preds, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, f"{loss.item():.4f}")
movie_bias = model.movie_bias.weight.squeeze()
idxs = movie_bias.argsort()[:3]
print(idxs, movie_bias.shape)
idxs = movie_bias.argsort(descending=True)[:3]
print(idxs)
movie_factors = model.movie_factors.weight
distances = nn.CosineSimilarity(dim=1)(movie_factors, movie_factors[3][None])
print(distances.argsort(descending=True)[1])
print(preds[:3].squeeze(), preds.min() > 0)
