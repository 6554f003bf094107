# An EarlyStopping helper class with patience and min_delta
import torch

class EarlyStopping:
    def __init__(self, patience=3, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best, self.counter = float("inf"), 0

    def __call__(self, val_loss):
        if val_loss < self.best - self.min_delta:
            self.best, self.counter = val_loss, 0
        else:
            self.counter += 1
        return self.counter >= self.patience

stopper = EarlyStopping(patience=2, min_delta=0.01)
losses = torch.tensor([0.9, 0.7, 0.695, 0.69, 0.71, 0.5])
for epoch, vl in enumerate(losses):
    stop = stopper(vl.item())
    print(f"epoch {epoch} val_loss {vl:.3f} best {stopper.best:.3f} counter {stopper.counter}")
    if stop:
        print("Early stopping!")
        break
print(stopper.best, type(stopper.best))
