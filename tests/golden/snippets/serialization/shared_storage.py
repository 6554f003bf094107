import io

import torch

base = torch.arange(12.0).reshape(3, 4)
views = {"base": base, "row": base[1], "cols": base[:, 1:3], "t": base.t()}
buf = io.BytesIO()
torch.save(views, buf)
buf.seek(0)
back = torch.load(buf)
print(back["row"], back["cols"], back["t"].shape)
back["base"][1, 1] = -1.0
print(back["row"])
print(back["cols"])
print(back["t"][1])
