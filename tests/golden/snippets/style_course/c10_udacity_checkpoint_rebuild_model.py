# Udacity: save a checkpoint dict with the architecture sizes, rebuild the network from it and compare outputs.
import io
import torch
from torch import nn

torch.manual_seed(1)

class Network(nn.Module):
    def __init__(self, input_size, output_size, hidden_layers, drop_p=0.5):
        super().__init__()
        self.hidden_layers = nn.ModuleList([nn.Linear(input_size, hidden_layers[0])])
        sizes = zip(hidden_layers[:-1], hidden_layers[1:])
        self.hidden_layers.extend([nn.Linear(h1, h2) for h1, h2 in sizes])
        self.output = nn.Linear(hidden_layers[-1], output_size)
        self.dropout = nn.Dropout(p=drop_p)

    def forward(self, x):
        for linear in self.hidden_layers:
            x = self.dropout(torch.relu(linear(x)))
        return torch.log_softmax(self.output(x), dim=1)

model = Network(10, 3, [16, 8, 4])
print(model)
checkpoint = {"input_size": 10, "output_size": 3,
              "hidden_layers": [each.out_features for each in model.hidden_layers],
              "state_dict": model.state_dict()}
buf = io.BytesIO()
torch.save(checkpoint, buf)
buf.seek(0)
loaded = torch.load(buf)
print(loaded["hidden_layers"], list(loaded["state_dict"].keys())[:4])
model2 = Network(loaded["input_size"], loaded["output_size"], loaded["hidden_layers"])
print(model2.load_state_dict(loaded["state_dict"]))
model.eval()
model2.eval()
x = torch.randn(2, 10)
print(torch.equal(model(x), model2(x)), model2(x).exp().sum(1))
try:
    Network(10, 3, [16, 8]).load_state_dict(loaded["state_dict"])
except RuntimeError as e:
    print("RuntimeError:", str(e).splitlines()[0])
