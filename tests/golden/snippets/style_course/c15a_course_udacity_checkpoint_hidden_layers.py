# Udacity-style: save the architecture next to the weights, then rebuild the network from the checkpoint
import io
import torch
from torch import nn

class FlexibleMLP(nn.Module):
    def __init__(self, n_in, n_out, widths, p_drop=0.5):
        super().__init__()
        sizes = [n_in] + list(widths)
        self.hidden = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.head = nn.Linear(sizes[-1], n_out)
        self.drop = nn.Dropout(p_drop)

    def forward(self, x):
        for lin in self.hidden:
            x = self.drop(torch.relu(lin(x)))
        return torch.log_softmax(self.head(x), dim=1)

torch.manual_seed(3)
net = FlexibleMLP(12, 3, [8, 6, 4])
print(net)
ckpt = {"n_in": 12, "n_out": 3, "widths": [lin.out_features for lin in net.hidden], "weights": net.state_dict()}
stream = io.BytesIO()
torch.save(ckpt, stream)
stream.seek(0)
loaded = torch.load(stream)
clone = FlexibleMLP(loaded["n_in"], loaded["n_out"], loaded["widths"])
print(clone.load_state_dict(loaded["weights"]), loaded["widths"])
print(list(net.state_dict().keys()))
