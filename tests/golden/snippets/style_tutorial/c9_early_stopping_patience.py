# Early stopping on a validation loss with patience and a saved best state.
import copy
import torch
import torch.nn as nn

class EarlyStopping:
    def __init__(self, patience=3, min_delta=1e-3):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.bad_epochs, self.best_state = float("inf"), 0, None

    def step(self, val_loss, model):
        if val_loss < self.best - self.min_delta:
            self.best, self.bad_epochs = val_loss, 0
            self.best_state = copy.deepcopy(model.state_dict())
            return False
        self.bad_epochs += 1
        return self.bad_epochs >= self.patience

torch.manual_seed(7)
x = torch.randn(60, 4)
y = x @ torch.tensor([1.0, -1.0, 0.5, 0.0]) + 0.1 * torch.randn(60)
x_train, y_train, x_val, y_val = x[:40], y[:40], x[40:], y[40:]
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
stopper = EarlyStopping(patience=3)
for epoch in range(100):
    model.train()
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x_train).squeeze(1), y_train)
    loss.backward()
    opt.step()
    model.eval()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(x_val).squeeze(-1), y_val).item()
    if epoch % 5 == 0:
        print(f"epoch {epoch:3d} train {loss.item():.4f} val {val:.4f}")
    if stopper.step(val, model):
        print(f"stopped at epoch {epoch}, best val {stopper.best:.4f}")
        break
model.load_state_dict(stopper.best_state)
with torch.no_grad():
    print(round(nn.functional.mse_loss(model(x_val).squeeze(-1), y_val).item(), 4))
