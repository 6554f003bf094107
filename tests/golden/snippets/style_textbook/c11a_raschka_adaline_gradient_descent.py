# Raschka-style Adaline with full-batch gradient descent: net_input, linear activation, cost per epoch, standardization.
import torch

class AdalineGD:
    def __init__(self, eta=0.01, n_iter=10, seed=1):
        self.eta = eta
        self.n_iter = n_iter
        self.seed = seed

    def fit(self, X, y):
        g = torch.Generator().manual_seed(self.seed)
        self.w_ = torch.randn(X.shape[1], generator=g) * 0.01
        self.b_ = torch.tensor(0.0)
        self.losses_ = []
        for i in range(self.n_iter):
            net_input = self.net_input(X)
            output = self.activation(net_input)
            errors = (y - output)
            self.w_ += self.eta * 2.0 * X.T @ errors / X.shape[0]
            self.b_ += self.eta * 2.0 * errors.mean()
            loss = (errors ** 2).mean()
            self.losses_.append(loss.item())
        return self

    def net_input(self, X):
        return X @ self.w_ + self.b_

    def activation(self, X):
        return X

    def predict(self, X):
        return torch.where(self.activation(self.net_input(X)) >= 0.5, 1, 0)

torch.manual_seed(31)
X = torch.cat([torch.randn(20, 2) + torch.tensor([5.0, 3.5]), torch.randn(20, 2) + torch.tensor([6.5, 1.5])])
y = torch.cat([torch.zeros(20), torch.ones(20)])
ada1 = AdalineGD(n_iter=10, eta=0.1).fit(X, y)
print([f"{l:.3e}" for l in ada1.losses_[:4]])
ada2 = AdalineGD(n_iter=10, eta=0.0001).fit(X, y)
print(ada2.losses_[-1])
X_std = (X - X.mean(0)) / X.std(0)
ada_gd = AdalineGD(n_iter=20, eta=0.5).fit(X_std, y)
print(ada_gd.losses_[-3:], ada_gd.w_, ada_gd.b_)
print((ada_gd.predict(X_std) == y).float().mean())
